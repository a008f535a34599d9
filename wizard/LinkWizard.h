#pragma once

#include <QWizard>

namespace milink {

// The "New Managed Instance link" wizard. Owns its pages; pages talk to the
// shared link session, never to each other or to this class.
class LinkWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { IntroductionPageId };

    explicit LinkWizard(QWidget *parent = nullptr);
};

} // namespace milink
