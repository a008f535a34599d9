#include "FailoverLogging.h"

Q_LOGGING_CATEGORY(lcFailover, "milink.failover")
