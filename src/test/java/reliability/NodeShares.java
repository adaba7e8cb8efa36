package reliability;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many requests through nginx each node answered (from nginx's access log): both took a share. */
final class NodeShares {

    private NodeShares() {
    }

    static Map<String, Long> of(Nginx nginx, List<AppNode> nodes) throws Exception {
        List<String> lines = Files.readAllLines(nginx.accessLog());
        Map<String, Long> shares = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String upstream = "127.0.0.1:" + nodes.get(i).port + " ";
            shares.put("requests answered by node " + (char) ('a' + i), lines.stream().filter(l -> l.startsWith(upstream)).count());
        }
        return shares;
    }
}
