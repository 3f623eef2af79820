package graphbuilder.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;

/**
 * A local Neo4j Community server (Neo4j's in-process test harness) with authentication on.
 *
 * <p>The password of the user {@code neo4j} comes from the NEO4J_PASSWORD variable and is
 * never printed. Bolt and HTTP (Neo4j Browser at /browser/) listen on localhost only, on the
 * ports asked for, or on free ports when those are 0 or taken, and advertise those ports.
 * Once Bolt answers, the addresses are printed as {@code bolt: URI}, {@code browser: URL}
 * and then {@code ready}. The server stops on Ctrl-C or SIGTERM, and with --stdin also when
 * standard input closes (so it never outlives the test run that started it). The data lives
 * in a scratch folder that is deleted on stop; --copy-from starts from a copy of a Neo4j home
 * folder whose data/databases/neo4j was made by neo4j-admin (database import).
 *
 * <p>Usage: LocalServer [--bolt-port N] [--http-port N] [--work-dir DIR] [--copy-from DIR] [--stdin]
 */
public final class LocalServer {
    private static final int MIN_PASSWORD = 8;

    private LocalServer() {}

    public static void main(String[] args) throws Exception {
        int boltPort = 0;
        int httpPort = 0;
        Path workDir = null;
        Path copyFrom = null;
        boolean watchStdin = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bolt-port" -> boltPort = Integer.parseInt(value(args, ++i));
                case "--http-port" -> httpPort = Integer.parseInt(value(args, ++i));
                case "--work-dir" -> workDir = Path.of(value(args, ++i));
                case "--copy-from" -> copyFrom = Path.of(value(args, ++i));
                case "--stdin" -> watchStdin = true;
                default -> fail("unknown argument " + args[i]);
            }
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < MIN_PASSWORD) {
            fail("set NEO4J_PASSWORD to the password for the user neo4j (at least " + MIN_PASSWORD + " characters)");
        }

        Neo4jBuilder builder = workDir == null
                ? Neo4jBuilders.newInProcessBuilder()
                : Neo4jBuilders.newInProcessBuilder(workDir);
        // Concrete ports, so that the addresses the server advertises (Browser's default
        // connection, neo4j:// routing) are the ones it listens on.
        SocketAddress bolt = new SocketAddress("localhost", port(boltPort));
        SocketAddress http = new SocketAddress("localhost", port(httpPort));
        builder = builder
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, bolt)
                .withConfig(BoltConnector.advertised_address, bolt)
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, http)
                .withConfig(HttpConnector.advertised_address, http)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(ServerSettings.allow_telemetry, false);
        if (copyFrom != null) {
            builder = builder.copyFrom(copyFrom);
        }

        Neo4j server = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "neo4j-stop"));

        // The harness's embedded API runs as the server itself, so it can set the password.
        server.databaseManagementService()
                .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));

        System.out.println("bolt: " + server.boltURI());
        System.out.println("browser: " + server.httpURI().resolve("/browser/"));
        System.out.println("ready");
        System.out.flush();

        if (watchStdin) {
            drain(System.in);
            System.exit(0); // runs the shutdown hook
        }
        stopped.await();
    }

    /** {@code wanted} when it is free on localhost, else (or for 0) a port that is free now. */
    private static int port(int wanted) {
        if (wanted != 0) {
            try (ServerSocket probe = new ServerSocket(wanted, 1, InetAddress.getLoopbackAddress())) {
                return wanted;
            } catch (IOException taken) {
                System.err.println("port " + wanted + " is taken; using a free port instead");
            }
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            fail("no free port on localhost: " + e.getMessage());
            return -1;
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // nothing: only the end of the stream matters
            }
        } catch (IOException closed) {
            // the parent is gone
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("neo4j: " + message);
        System.exit(2);
    }
}
