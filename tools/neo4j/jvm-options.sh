#!/bin/sh
# JVM options for the JDK in $JAVA_HOME that quiet Neo4j's and Maven's warnings about
# sun.misc.Unsafe and native access on Java 24+ (older JDKs need none and know none of them).
v=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if [ "${v:-0}" -ge 24 ]; then
    echo "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
fi
