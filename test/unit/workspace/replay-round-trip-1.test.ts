import { declareRoundTrips } from './round-trip'

declareRoundTrips('migrate', '1')
