// Timings (lag after a storm, a paste's absorption) are figures here: no test competes for the two cores with another.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
