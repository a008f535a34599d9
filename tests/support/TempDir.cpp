#include "TempDir.h"

#include <catch2/catch.hpp>

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}
