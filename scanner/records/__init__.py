"""Records shared across the scanner's packages: plain data and the facts about entities. Nothing here
imports the scanner's work (engine, pipeline, reports), so any package may import it."""
