"""Command-line tools: quant-opt (and, as they land, quant-translate and quant-runner)."""
