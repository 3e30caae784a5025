// Placeholder until the Electron shell lands; exposes nothing.
export {}
