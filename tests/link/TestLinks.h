#pragma once

#include "link/LinkDefinition.h"

#include <QDate>

namespace TestLinks {

// The date every test treats as today.
QDate today();

// A complete, valid definition: SQL Server 2022 CU13 → managed instance, two databases.
milink::LinkDefinition valid();

} // namespace TestLinks
