using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

/// <summary>
/// EF 10.0.14 leaves a key's explicit "no AUTOINCREMENT" (<c>SqliteValueGenerationStrategy.None</c>) out of the
/// model snapshot and the migration's target model. Read back, those then say AUTOINCREMENT: a table
/// rebuild would make the key AUTOINCREMENT again and every later migration would see a change. This
/// writes the annotation into the generated files for each such key.
/// </summary>
internal static class ExplicitRowidKeys
{
    public static void Write(DbContext db, params string[] files)
    {
        var keys = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.IsPrimaryKey() && p.GetValueGenerationStrategy() == SqliteValueGenerationStrategy.None
                && p.ValueGenerated == ValueGenerated.OnAdd).Select(p => (Entity: t.Name, Property: p)))
            .ToList();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var (entity, property) in keys)
            {
                // The key is the first property of its entity's block: ValueGeneratedOnAdd() ... HasColumnType("INTEGER");
                var pattern = new Regex(
                    $@"(modelBuilder\.Entity\(""{Regex.Escape(entity)}"", b =>\s*\{{\s*b\.Property<[^>]+>\(""{property.Name}""\)\s*\.ValueGeneratedOnAdd\(\)\s*\.HasColumnType\(""INTEGER""\))(;)");
                text = pattern.Replace(text, "$1\n                        .HasAnnotation(\"Sqlite:ValueGenerationStrategy\", SqliteValueGenerationStrategy.None)$2", 1);
            }

            if (keys.Count > 0 && !text.Contains("using Microsoft.EntityFrameworkCore.Metadata;"))
            {
                text = text.Replace("using Microsoft.EntityFrameworkCore.Infrastructure;\n", "using Microsoft.EntityFrameworkCore.Infrastructure;\nusing Microsoft.EntityFrameworkCore.Metadata;\n");
            }

            File.WriteAllText(file, text, System.Text.Encoding.UTF8); // with the BOM the scaffolder writes
        }
    }
}
