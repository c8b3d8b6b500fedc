package io.skein.execution;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.skein.cache.LruCache;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents keyed by their text, so a repeated operation skips parsing and
 * validation. The schema never changes under one cache: each merged graph has its own.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final LruCache<String, PreparsedDocumentEntry> entries;

    DocumentCache(int maximumSize) {
        this.entries = new LruCache<>(maximumSize);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(entry(input, parseAndValidate));
    }

    PreparsedDocumentEntry entry(ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return entries.get(input.getQuery(), () -> parseAndValidate.apply(input));
    }
}
