"""The always-on service: the Faust app, its topics, tables, agents and web views."""
