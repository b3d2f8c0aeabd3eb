import { declareRoundTrips } from './round-trip'

declareRoundTrips('makemigrations', '0')
