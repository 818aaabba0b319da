package io.parksuite.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.SocketChannel;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Server-side request forgery (OWASP API7) ruled out by construction: no class of a service opens
 * a connection of its own (HTTP clients, URLs, sockets, DNS look-ups), so no request can make the
 * service call an address a caller chose. Outbound traffic goes only through the configured
 * adapters a service names (e.g. the S3 material store), and through the platform's PostgreSQL,
 * Kafka and token-key clients, whose addresses come from configuration. A service's test extends
 * this class and names its base package and adapters.
 */
public abstract class OutboundCallsContract {

    private static final DescribedPredicate<JavaClass> OUTBOUND = resideInAnyPackage("java.net.http..",
            "io.vertx.ext.web.client..", "io.vertx.core.net..", "org.eclipse.microprofile.rest.client..",
            "io.quarkus.rest.client..", "org.jboss.resteasy.reactive.client..", "software.amazon.awssdk..",
            "org.apache.http..", "org.apache.hc..", "okhttp3..")
            .or(assignableTo(URLConnection.class))
            .or(belongToAnyOf(URL.class, Socket.class, ServerSocket.class, DatagramSocket.class, SocketChannel.class,
                    InetAddress.class, io.vertx.core.http.HttpClient.class))
            .as("open connections of their own (HTTP clients, URLs, sockets, DNS)");

    /** The service's base package, e.g. {@code io.parksuite.approval}. */
    protected abstract String basePackage();

    /** The classes that may call out: adapters whose address comes from configuration. */
    protected Set<Class<?>> adapters() {
        return Set.of();
    }

    @Test
    void onlyConfiguredAdaptersCallOutOfTheService() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage());
        assertFalse(classes.isEmpty(), "no classes found in " + basePackage());
        DescribedPredicate<JavaClass> adapter = DescribedPredicate.describe("a configured adapter",
                c -> adapters().stream().anyMatch(a -> c.getName().equals(a.getName())
                        || c.getName().startsWith(a.getName() + "$")));
        noClasses().that(DescribedPredicate.not(adapter)).should().dependOnClassesThat(OUTBOUND)
                .because("a service calls out only through configured adapters (OWASP API7, SSRF)")
                .check(classes);
    }
}
