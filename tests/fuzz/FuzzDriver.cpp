// SPDX-License-Identifier: Apache-2.0
// Runs a libFuzzer-style target without libFuzzer: every file under the given corpus and
// regression folders first, then mutations of them (bit flips, byte changes, truncations,
// insertions, splices) for a bounded number of runs or seconds, from a fixed seed so a run can
// be repeated. Not coverage-guided: Debian 12's toolchain cannot build this C++23 code with
// libFuzzer (clang 14 lacks <expected>); the target itself is ready for it.
//   usage: fuzz-driver [--runs N] [--seconds S] [--seed N] DIR...
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {
void run(const QByteArray& input) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
}

QByteArray mutate(const QByteArray& base, const QList<QByteArray>& corpus, QRandomGenerator& random) {
    QByteArray out = base;
    const int edits = 1 + int(random.bounded(8));
    for (int i = 0; i < edits; ++i) {
        const qsizetype size = out.size();
        switch (random.bounded(6)) {
        case 0: // flip a bit
            if (size > 0) {
                out[random.bounded(int(size))] ^= char(1 << random.bounded(8));
            }
            break;
        case 1: // set a byte to an interesting value
            if (size > 0) {
                static const char values[] = {0, 1, 0x7f, char(0x80), char(0xff), 0x30, 0x02, 0x04};
                out[random.bounded(int(size))] = values[random.bounded(int(sizeof values))];
            }
            break;
        case 2: // truncate
            out.truncate(size > 0 ? random.bounded(int(size)) : 0);
            break;
        case 3: // insert random bytes
            out.insert(size > 0 ? random.bounded(int(size)) : 0,
                       QByteArray(1 + random.bounded(16), char(random.bounded(256))));
            break;
        case 4: // splice with another corpus entry
            if (!corpus.isEmpty()) {
                const QByteArray& other = corpus.at(random.bounded(int(corpus.size())));
                out = out.left(size > 0 ? random.bounded(int(size)) : 0) +
                      other.mid(other.isEmpty() ? 0 : random.bounded(int(other.size())));
            }
            break;
        default: // duplicate a slice (grows length fields' targets)
            if (size > 1) {
                const int from = random.bounded(int(size));
                out.insert(from, out.mid(from, random.bounded(int(size - from)) + 1));
            }
            break;
        }
    }
    return out;
}
} // namespace

int main(int argc, char* argv[]) {
    long long runs = 20000;
    long long seconds = 20;
    quint32 seed = 20261125;
    QList<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--runs" && i + 1 < argc) {
            runs = QByteArray(argv[++i]).toLongLong();
        } else if (argument == "--seconds" && i + 1 < argc) {
            seconds = QByteArray(argv[++i]).toLongLong();
        } else if (argument == "--seed" && i + 1 < argc) {
            seed = QByteArray(argv[++i]).toUInt();
        } else {
            QDirIterator files(QString::fromLocal8Bit(argument), QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly)) {
                    corpus << file.readAll();
                }
            }
        }
    }
    for (const QByteArray& input : corpus) {
        run(input);
    }
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();
    long long done = 0;
    for (; done < runs && timer.elapsed() < seconds * 1000; ++done) {
        const QByteArray base = corpus.isEmpty() ? QByteArray() : corpus.at(random.bounded(int(corpus.size())));
        run(mutate(base, corpus, random));
    }
    std::printf("fuzz-driver: %lld corpus inputs, %lld mutated runs in %.1f s, seed %u: no crash\n",
                static_cast<long long>(corpus.size()), done, timer.elapsed() / 1000.0, seed);
    return 0;
}
