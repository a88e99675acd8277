"""EC-NET Desktop: offline event, check-in and research desk for the EC-NET network of towns."""

__version__ = "0.1.0"
APP_NAME = "EC-NET Desktop"
ORG_NAME = "EC-NET"
