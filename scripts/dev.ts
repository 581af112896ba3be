import { runLauncher } from './launcher/runLauncher'

await runLauncher('development')
