import { replayArea } from './replay-area'

replayArea('shell and data migration', '2')
