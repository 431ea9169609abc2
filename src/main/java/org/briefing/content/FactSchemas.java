package org.briefing.content;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Position;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place the JSON Schema library is used, by the loader: checks {@code content/facts/NAME.yaml}
 * against {@code content/schemas/NAME.schema.json} (draft 2020-12) before the file is read into
 * its {@link FactNode} tree, and reports each violation at the offending value's line and column.
 */
final class FactSchemas {
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final JsonMapper json = JsonMapper.builder().build();

    List<Diagnostic> validate(Path root, String name, YamlDocument doc) {
        String schemaRel = "content/schemas/" + name + ".schema.json";
        Path schemaFile = root.resolve(schemaRel);
        if (!Files.isRegularFile(schemaFile)) {
            return List.of(Diagnostic.error(Position.startOf(doc.path()), "no schema for this fact file",
                    "add " + schemaRel + " describing its fields"));
        }
        var refusal = InputFolder.of(root, "content").folder().flatMap(f -> f.refusal(schemaFile));
        if (refusal.isPresent()) {
            // Reported at the link when content/ is listed; never read what it points to.
            return List.of(Diagnostic.error(Position.startOf(schemaRel), refusal.get(), "copy the schema into content/schemas/"));
        }
        Schema schema;
        try {
            if (!(TextFile.read(schemaFile, schemaRel) instanceof TextFile.Text text)) {
                return List.of(Diagnostic.error(Position.startOf(schemaRel), "schema is not readable UTF-8"));
            }
            JsonNode schemaNode = json.readTree(text.text());
            schema = registry.getSchema(SchemaLocation.of(schemaFile.toUri().toString()), schemaNode);
        } catch (RuntimeException e) {
            return List.of(Diagnostic.error(Position.startOf(schemaRel), "invalid JSON Schema: " + Diagnostic.firstLine(e.getMessage(), "unreadable")));
        }
        JsonNode instance = doc.root() == null ? json.nullNode() : doc.root();
        List<Diagnostic> out = new ArrayList<>();
        List<Error> errors;
        try {
            errors = schema.validate(instance);
        } catch (StackOverflowError e) {
            // A $ref cycle ({"$ref": "#"} or a -> b -> a): one diagnostic, and the build goes on.
            return List.of(Diagnostic.error(Position.startOf(schemaRel), "schema cannot be used: its $ref references form a cycle",
                    "make every $ref lead to a schema that does not lead back to it"));
        } catch (RuntimeException e) {
            // References are resolved lazily; the library never fetches remote or file $refs, it fails here.
            return List.of(Diagnostic.error(Position.startOf(schemaRel), "schema cannot be used: " + Diagnostic.firstLine(e.getMessage(), "unreadable"),
                    "keep each schema self-contained: only #/... references"));
        }
        for (Error e : errors) {
            String pointer = pointer(e.getInstanceLocation());
            Position at = doc.valueAt(pointer);
            String where = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.') + ": ";
            String message = e.getMessage();
            // The library prefixes messages with the JSON path; ours has the line instead.
            int colon = message.indexOf(": ");
            if (message.startsWith("$") && colon > 0) {
                message = message.substring(colon + 2);
            }
            out.add(Diagnostic.error(at, "schema: " + where + message, "see " + schemaRel));
        }
        return out;
    }

    static String pointer(NodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            b.append('/').append(el instanceof Integer ? el.toString() : YamlDocument.segment(String.valueOf(el)));
        }
        return b.toString();
    }

}
