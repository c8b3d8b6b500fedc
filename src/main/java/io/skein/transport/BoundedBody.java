package io.skein.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body, refusing one larger than a limit before holding more than the limit in
 * memory.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream in, int maximumBytes) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maximumBytes, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maximumBytes) {
                throw new TooLargeException();
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
