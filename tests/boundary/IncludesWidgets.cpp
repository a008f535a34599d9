// Compiled only by the boundary tests: must fail to build against milink_models alone.
#include <QWidget>

int widgetBoundaryProbe()
{
    return sizeof(QWidget) > 0 ? 0 : 1;
}
