#include "AzureLogging.h"

Q_LOGGING_CATEGORY(lcAzure, "milink.azure")
