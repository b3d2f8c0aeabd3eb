import { startEngineWorker } from '../worker/client'
import './app.css'

// The worker starts before the page's code loads, so the engine warms up while the page renders.
const first = startEngineWorker()

void Promise.all([import('svelte'), import('./App.svelte')]).then(([{ mount }, { default: App }]) =>
  mount(App, { target: document.getElementById('app')!, props: { first } }),
)
