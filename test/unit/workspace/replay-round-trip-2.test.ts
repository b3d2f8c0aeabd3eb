import { declareRoundTrips } from './round-trip'

declareRoundTrips('orm', '2')
