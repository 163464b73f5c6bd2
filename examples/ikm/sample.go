package main

// samplePopulation is the invented number of people the invented service
// unit served in the period of the embedded sample: Krejcie–Morgan
// requires 59 respondents of 70, and the sample has 64. The sample,
// sample.csv, is written by the seeded generator in ./gen (go generate
// ./examples/ikm), which also writes sample_1200.csv.
const samplePopulation = 70
