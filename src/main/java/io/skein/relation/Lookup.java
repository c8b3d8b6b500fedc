package io.skein.relation;

import io.skein.execution.ProxyRequest;
import io.skein.execution.UpstreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;

/**
 * Fetches the objects of many lookups of one relation in one upstream request. Used as the batch
 * function of a request's data loader, so that graphql-java collects every lookup of a level of the
 * response before the request is sent.
 */
abstract class Lookup {

    final RelationTarget target;
    final RelationRuntime runtime;

    Lookup(RelationTarget target, RelationRuntime runtime) {
        this.target = target;
        this.runtime = runtime;
    }

    abstract CompletableFuture<List<LookupResult>> load(List<LookupKey> keys, ProxyRequest request);

    DataLoader<LookupKey, LookupResult> newDataLoader(String name, ProxyRequest request) {
        return DataLoaderFactory.newDataLoader(name, keys -> load(keys, request), DataLoaderOptions.newDefaultOptions());
    }

    static List<LookupResult> allFailed(int count, UpstreamException failure) {
        List<LookupResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            results.add(LookupResult.failed(failure));
        }
        return results;
    }

    static String prefix(int copy) {
        return "_skein" + copy + "_";
    }
}
