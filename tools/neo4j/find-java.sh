#!/bin/sh
# Prints the home of a JDK that can run Neo4j 2025+ (Java 21 or newer): $NEO4J_JAVA_HOME,
# then $JAVA_HOME, then the first new enough JDK under /usr/lib/jvm. Exits 1 when none is found.
want=21
major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
for home in "${NEO4J_JAVA_HOME:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    home=${home%/}
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    v=$(major "$home")
    if [ -n "$v" ] && [ "$v" -ge "$want" ]; then echo "$home"; exit 0; fi
done
echo "no JDK $want or newer found (set NEO4J_JAVA_HOME); Neo4j $want+ needs one, e.g. apt-get install openjdk-$want-jdk-headless" >&2
exit 1
