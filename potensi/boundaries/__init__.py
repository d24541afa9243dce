"""Administrative boundaries: pinned upstream files -> parsed, repaired, dissolved layers."""
