#include "RunLogging.h"

Q_LOGGING_CATEGORY(lcRun, "milink.run")
