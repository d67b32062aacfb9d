package nl.ecza.registry.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.fhirpath.IFhirPath;

/**
 * What HAPI's InstanceValidator checks beyond the XML schema, for the base R4 profiles, where the Maven mirror lacks
 * that validator (docs/decisions/0022): every element of a resource is checked against its ElementDefinition in the
 * official R4 StructureDefinitions (hapi-fhir-validation-resources-r4) - cardinality of its children and every
 * invariant of severity error (ele-1, ext-1, ref-1, per-1, org-1, bdl-*, cpb-*, ...), evaluated with HAPI's R4
 * FHIRPath engine. Resources inside Bundle entries and complex datatypes are checked against their own definitions.
 */
final class R4Definitions {

    private final FhirContext context;
    private final DefaultProfileValidationSupport definitions;
    private final IFhirPath fhirPath;
    private final Map<String, Map<String, ElementDefinition>> elements = new HashMap<>();

    R4Definitions(FhirContext context) {
        this.context = context;
        this.definitions = new DefaultProfileValidationSupport(context);
        this.fhirPath = context.newFhirPath();
    }

    /** Every violation, as "path: what"; empty when the resource conforms. */
    List<String> check(Resource resource) {
        List<String> errors = new ArrayList<>();
        node(resource, resource.fhirType(), resource.fhirType(), errors);
        return errors;
    }

    private Map<String, ElementDefinition> definition(String type) {
        return elements.computeIfAbsent(type, t -> {
            StructureDefinition sd = (StructureDefinition) definitions
                    .fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/" + t);
            if (sd == null) {
                throw new IllegalStateException("No R4 StructureDefinition for " + t);
            }
            Map<String, ElementDefinition> byPath = new HashMap<>();
            sd.getSnapshot().getElement().forEach(e -> byPath.put(e.getPath(), e));
            return byPath;
        });
    }

    /**
     * One node: its invariants, the cardinality of its children, then each child (new definition for a type of its
     * own).
     */
    private void node(Base value, String type, String path, List<String> errors) {
        ElementDefinition element = definition(type).get(path);
        if (element == null) {
            errors.add(path + ": no element of that path in " + type);
            return;
        }
        for (ElementDefinition.ElementDefinitionConstraintComponent c : element.getConstraint()) {
            if (c.getSeverity() != ElementDefinition.ConstraintSeverity.ERROR || !c.hasExpression()) {
                continue;
            }
            try {
                List<BooleanType> result = fhirPath.evaluate(value, c.getExpression(), BooleanType.class);
                if (result.size() != 1 || !result.get(0).booleanValue()) {
                    errors.add(path + ": " + c.getKey() + " " + c.getHuman());
                }
            } catch (RuntimeException e) {
                errors.add(path + ": " + c.getKey() + " could not be evaluated: " + e.getMessage());
            }
        }
        if (value.isPrimitive()) {
            return;
        }
        Map<String, ElementDefinition> all = definition(type);
        for (Property child : value.children()) {
            String childPath = path + "." + child.getName();
            ElementDefinition childElement = all.get(childPath);
            if (childElement == null) {
                // an element of a base type (id, extension) reached through a profile path: checked as its type
                continue;
            }
            // the model lists absent primitives (a resource without id) as empty values: only what is encoded counts
            List<Base> values = child.getValues().stream().filter(v -> v != null && !v.isEmpty()).toList();
            int count = values.size();
            if (count < childElement.getMin()) {
                errors.add(childPath + ": at least " + childElement.getMin() + " required, " + count + " present");
            }
            if (!"*".equals(childElement.getMax()) && count > Integer.parseInt(childElement.getMax())) {
                errors.add(childPath + ": at most " + childElement.getMax() + " allowed, " + count + " present");
            }
            for (Base v : values) {
                if (v instanceof Resource r) {
                    node(r, r.fhirType(), r.fhirType(), errors);
                } else if (childElement.hasContentReference()) {
                    // Bundle.entry.link is a Bundle.link
                    node(v, type, childElement.getContentReference().substring(1), errors);
                } else if (isBackbone(childElement)) {
                    node(v, type, childPath, errors);
                } else {
                    node(v, v.fhirType(), v.fhirType(), errors);
                }
            }
        }
    }

    private static boolean isBackbone(ElementDefinition element) {
        return element.getType().size() == 1 && (element.getType().get(0).getCode().equals("BackboneElement")
                || element.getType().get(0).getCode().equals("Element")) && !element.hasContentReference();
    }
}
