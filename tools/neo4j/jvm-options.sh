#!/bin/sh
# JVM options for the JDK in $JAVA_HOME: the module opens Neo4j needs (its own launcher passes
# the same; neo4j-admin's importer fails without java.nio), and on Java 24+ the flags that
# allow sun.misc.Unsafe and native access without warnings (older JDKs know neither).
echo "--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED" \
     "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED" \
     "-Dio.netty.tryReflectionSetAccessible=true"
# The server's memory (last on the command line wins over the Makefile's -Xmx): a fixed 2 GiB
# heap and the throughput collector, as graphbuilder.sinks.propertygraph.local_neo4j.MEMORY.
echo "-Xms2g -Xmx2g -XX:+UseParallelGC"
v=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if [ "${v:-0}" -ge 24 ]; then
    echo "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
fi
