#include "resources/treeremover.h"

#include <cerrno>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace converge {

int TreeRemover::remove(const QByteArray &path, QByteArray *failed)
{
    QByteArray clean = path;
    while (clean.size() > 1 && clean.endsWith('/'))
        clean.chop(1);
    struct stat st;
    if (lstat(clean.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        const bool removed = unlink(clean.constData()) == 0 || errno == ENOENT;
        *failed = clean;
        return removed ? 0 : errno;
    }
    DIR *dir = opendir(clean.constData());
    if (!dir) {
        *failed = clean;
        return errno;
    }
    std::vector<QByteArray> children;
    while (const dirent *entry = readdir(dir)) {
        if (qstrcmp(entry->d_name, ".") != 0 && qstrcmp(entry->d_name, "..") != 0)
            children.push_back(clean + '/' + entry->d_name);
    }
    closedir(dir);
    for (const QByteArray &child : children) {
        if (const int error = remove(child, failed))
            return error;
    }
    *failed = clean;
    return rmdir(clean.constData()) == 0 ? 0 : errno;
}

} // namespace converge
