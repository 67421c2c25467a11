"""Core query functions: one per command, each returning flat records (dicts).

They never print; `luxcli.render` turns their records into tables, JSON, CSV.
Records may carry keys starting with "_" for the table view only (highlights);
machine formats drop them.
"""
