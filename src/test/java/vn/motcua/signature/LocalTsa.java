package vn.motcua.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import com.sun.net.httpserver.HttpServer;

/** An RFC 3161 time-stamp authority on localhost for the tests, with a certificate from the test CA. */
final class LocalTsa implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger serial = new AtomicInteger();
    final X509Certificate certificate;

    LocalTsa() throws IOException {
        KeyPair keys = Certificates.rsaKeyPair();
        certificate = Certificates.issue(Certificates.name("Motcua test TSA", "Motcua tests"), keys.getPublic(),
                TestPki.CA, TestPki.CA_KEYS.getPrivate(), TestPki.NOW.minus(Duration.ofDays(1)),
                TestPki.NOW.plus(Duration.ofDays(365)), Certificates.Kind.TIME_STAMPING);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try {
                requests.incrementAndGet();
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                        new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), certificate),
                        new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                        new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
                tokens.addCertificates(new JcaCertStore(List.of(certificate, TestPki.CA)));
                TimeStampResponse response = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                        .generate(request, BigInteger.valueOf(serial.incrementAndGet()), new Date());
                byte[] body = response.getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
