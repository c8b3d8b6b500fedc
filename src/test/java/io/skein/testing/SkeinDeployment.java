package io.skein.testing;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real Skein WAR, as the build packaged it, with a test's configuration added as
 * {@code META-INF/microprofile-config.properties}.
 */
public final class SkeinDeployment {

    public static final String NAME = "skein.war";

    private SkeinDeployment() {
    }

    public static WebArchive withConfig(Map<String, String> properties) {
        File war = new File(System.getProperty("skein.war", "target/skein.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, NAME).importFrom(war).as(WebArchive.class);
        String text = properties.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n"));
        return archive.addAsResource(new StringAsset(text), "META-INF/microprofile-config.properties");
    }
}
