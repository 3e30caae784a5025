// The entry file of a validation worker thread: validates the batches of entry files the main
// thread sends, with the context it was started with, and sends back each batch's results.
import { parentPort, workerData } from 'node:worker_threads'

import { validateEntryFileSync } from './validateEntryFile'
import type {
  ValidationWorkerData,
  ValidationWorkerReply,
  ValidationWorkerRequest,
} from './validateInWorkers'

const port = parentPort
if (port === null)
  throw new Error('validationWorker must run as a worker thread, not as the main thread')

const { context } = workerData as ValidationWorkerData

// Files are read one at a time with a blocking read: the thread has nothing else to do, and a
// worker holds one descriptor at most.
port.on('message', (request: ValidationWorkerRequest) => {
  const results = request.jobs.map((job) => validateEntryFileSync(job, context))
  port.postMessage({ results } satisfies ValidationWorkerReply)
})
