import { replayArea } from './replay-area'

replayArea('migrate, sqlmigrate and showmigrations', '1')
