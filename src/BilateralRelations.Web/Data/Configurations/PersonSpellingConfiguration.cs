using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class PersonSpellingConfiguration : IEntityTypeConfiguration<PersonSpelling>
{
    public void Configure(EntityTypeBuilder<PersonSpelling> builder)
    {
        builder.HasIndex(s => new { s.PersonId, s.Spelling }).IsUnique();
    }
}
