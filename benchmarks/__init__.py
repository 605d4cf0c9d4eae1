"""Benchmarks of fonds side by side with ArchivesSnake, amclient and raw httpx: ``make bench``.

Every figure comes from one run against the fonds simulators served over loopback in their own process, as
medians over several repetitions; ratios are taken within the run, because absolute times drift on shared
machines. Nothing here is asserted: the results are printed, written to ``benchmarks/results/`` and copied
into the README.
"""
