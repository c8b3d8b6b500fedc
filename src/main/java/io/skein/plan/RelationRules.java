package io.skein.plan;

import graphql.language.Field;
import java.util.List;

/**
 * What relations change about routing a selection to an upstream: delayed fields are never sent
 * (a resolver supplies them), a foreign key is sent with only its key fields, and a field may need
 * other fields of its parent fetched with it (field dependencies, join keys, the URL of an inserted
 * field).
 */
public interface RelationRules {

    /**
     * Rules of a graph without relations.
     */
    RelationRules NONE = new RelationRules() {
        @Override
        public boolean isDelayed(String type, String field) {
            return false;
        }

        @Override
        public List<String> foreignKeyOn(String type, String field) {
            return List.of();
        }

        @Override
        public List<NeededField> neededFields(String type, String field) {
            return List.of();
        }
    };

    /**
     * Whether {@code type.field} is left out of upstream operations.
     */
    boolean isDelayed(String type, String field);

    /**
     * The key fields sent in place of the client's selection of a foreign key; empty when
     * {@code type.field} is no foreign key.
     */
    List<String> foreignKeyOn(String type, String field);

    /**
     * The fields to fetch on the parent whenever {@code type.field} is selected.
     */
    List<NeededField> neededFields(String type, String field);

    /**
     * A field fetched on a parent because another field of it needs it.
     *
     * @param upstream the only upstream to fetch it from, or {@code null} for whichever upstream
     *                 fetches the parent, when that upstream provides the field
     * @param field    the field with its own selection, as the upstream names it
     */
    record NeededField(String upstream, Field field) {
    }
}
