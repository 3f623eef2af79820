#!/bin/sh
# JVM options for the JDK in $JAVA_HOME: the module opens Neo4j needs (its own launcher passes
# the same; neo4j-admin's importer fails without java.nio), and on Java 24+ the flags that
# allow sun.misc.Unsafe and native access without warnings (older JDKs know neither).
echo "--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED" \
     "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED" \
     "-Dio.netty.tryReflectionSetAccessible=true"
v=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if [ "${v:-0}" -ge 24 ]; then
    echo "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
fi
