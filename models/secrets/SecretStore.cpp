#include "SecretStore.h"

#include <QCoreApplication>

namespace milink {

QString SecretStore::unavailableMessage()
{
    return QCoreApplication::translate(
        "milink::SecretStore",
        "No keychain is available on this system, so milink cannot keep your sign-in. "
        "Nothing was written to disk; you will be asked to sign in again next time. "
        "Install and unlock a keychain (for example GNOME Keyring or KWallet) to stay "
        "signed in.");
}

} // namespace milink
