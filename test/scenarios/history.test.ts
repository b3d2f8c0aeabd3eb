import { replayArea } from './replay-area'

replayArea('history', '3')
