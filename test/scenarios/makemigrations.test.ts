import { replayArea } from './replay-area'

replayArea('makemigrations', '0')
