#pragma once

#include <QLoggingCategory>

// "milink.azure": ARM requests, retries, long-running operations and sign-in.
// Never logs tokens, codes or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcAzure)
