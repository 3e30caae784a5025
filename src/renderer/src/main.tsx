import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

function Placeholder() {
  return <p>CodeDesk is starting.</p>
}

const root = document.getElementById('root')
if (root === null) throw new Error('CodeDesk: #root element missing from index.html')

createRoot(root).render(
  <StrictMode>
    <Placeholder />
  </StrictMode>,
)
