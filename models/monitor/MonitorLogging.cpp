#include "MonitorLogging.h"

Q_LOGGING_CATEGORY(lcMonitor, "milink.monitor")
