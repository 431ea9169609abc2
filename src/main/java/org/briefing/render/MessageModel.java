package org.briefing.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import org.briefing.lang.Messages;

/**
 * What templates see as {@code msg}: {@code ${msg.notes}} prints a message, and
 * {@code ${msg("back_to_citation", "2b")}} one with its {@code {0}} filled in. A key the bundle
 * lacks is missing, so the template fails at the use with its line and column.
 */
final class MessageModel implements TemplateHashModel, TemplateMethodModelEx {
    private final Messages messages;

    MessageModel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public TemplateModel get(String key) {
        return messages.has(key) ? new SimpleScalar(messages.text(key)) : null;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
        if (args.isEmpty()) {
            throw new TemplateModelException("msg expects a message key, then the values for {0}, {1}, ...");
        }
        String key = scalar(args.get(0));
        if (!messages.has(key)) {
            throw new TemplateModelException("msg: no message '" + key + "'");
        }
        Object[] values = new Object[args.size() - 1];
        for (int i = 1; i < args.size(); i++) {
            values[i - 1] = scalar(args.get(i));
        }
        return messages.text(key, values);
    }

    private static String scalar(Object m) throws TemplateModelException {
        if (m instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("msg expects text arguments");
    }
}
