package io.skein.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParentValuesTest {

    record Image(String url, Object metadata) {
    }

    public static class ImageBean {
        private final String url;
        private final boolean animated;
        private final String caption;

        ImageBean(String url, boolean animated, String caption) {
            this.url = url;
            this.animated = animated;
            this.caption = caption;
        }

        public String getUrl() {
            return url;
        }

        public boolean isAnimated() {
            return animated;
        }

        public String isCaption() {
            return caption;
        }
    }

    static class Dimensions {
        public int width = 640;
        public static int height = 480;
    }

    @Test
    void readsAMapByKey() {
        assertThat(ParentValues.read(Map.of("imageUrl", "https://img/a.jpg"), "imageUrl"))
                .isEqualTo("https://img/a.jpg");
    }

    @Test
    void followsADottedPathThroughNestedMaps() {
        Map<String, Object> parent = Map.of("imageData", Map.of("url", "https://img/a.jpg"));

        assertThat(ParentValues.read(parent, "imageData.url")).isEqualTo("https://img/a.jpg");
    }

    @Test
    void readsRecordAccessorsAndMapsInsideRecords() {
        Map<String, Object> parent = Map.of("imageData", new Image("https://img/a.jpg", Map.of("alt", "A cat")));

        assertThat(ParentValues.read(parent, "imageData.url")).isEqualTo("https://img/a.jpg");
        assertThat(ParentValues.read(parent, "imageData.metadata.alt")).isEqualTo("A cat");
    }

    @Test
    void readsJavaBeanGetters() {
        ImageBean bean = new ImageBean("https://img/b.jpg", true, "ignored");

        assertThat(ParentValues.read(bean, "url")).isEqualTo("https://img/b.jpg");
        assertThat(ParentValues.read(bean, "animated")).isEqualTo(true);
    }

    @Test
    void isPrefixIsOnlyAGetterForBooleans() {
        assertThat(ParentValues.read(new ImageBean("u", false, "A cat"), "caption")).isNull();
    }

    @Test
    void readsPublicInstanceFieldsButNotStaticOnes() {
        assertThat(ParentValues.read(new Dimensions(), "width")).isEqualTo(640);
        assertThat(ParentValues.read(new Dimensions(), "height")).isNull();
    }

    @Test
    void nullAnywhereAlongThePathGivesNull() {
        Map<String, Object> parent = new HashMap<>();
        parent.put("imageData", null);

        assertThat(ParentValues.read(null, "imageData.url")).isNull();
        assertThat(ParentValues.read(parent, "imageData.url")).isNull();
        assertThat(ParentValues.read(new Image(null, null), "url")).isNull();
    }

    @Test
    void missingKeysAndAccessorsGiveNull() {
        assertThat(ParentValues.read(Map.of("imageUrl", "u"), "thumbnailUrl")).isNull();
        assertThat(ParentValues.read(new Image("u", null), "width")).isNull();
        assertThat(ParentValues.read("a string", "url.size")).isNull();
    }

    @Test
    void methodsOfObjectAreNeverRead() {
        assertThat(ParentValues.read(new Image("u", null), "class")).isNull();
        assertThat(ParentValues.read(new ImageBean("u", false, null), "hashCode")).isNull();
    }

    @Test
    void segmentsSplitsOnDots() {
        assertThat(ParentValues.segments("imageData.url")).containsExactly("imageData", "url");
        assertThat(ParentValues.segments("_image")).isEqualTo(List.of("_image"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "imageData..url", ".url", "imageData.", "image-url", "2x", "image url"})
    void segmentsRejectsPathsThatAreNotDottedGraphQLNames(String path) {
        assertThatThrownBy(() -> ParentValues.segments(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + path + "'")
                .hasMessageContaining("is not a GraphQL name");
    }

    @Test
    void segmentsRejectsNull() {
        assertThatThrownBy(() -> ParentValues.segments(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
