import { declareRoundTrips } from './round-trip'

declareRoundTrips('history', '3')
