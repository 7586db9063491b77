package ml.modele.observation.domain.observer;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Phone number of an observer in E.164 form, with whether the observer confirmed it. */
@Entity
@Table(name = "observer_phone")
public class ObserverPhone implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "observer_id")
    private Observer observer;

    @Column(nullable = false, length = 16)
    private String number;

    @Column(nullable = false)
    private boolean verified;

    @Column(nullable = false)
    private int position;

    protected ObserverPhone() {
    }

    ObserverPhone(Observer observer, String number, int position) {
        if (!PhoneNumbers.isE164(number)) {
            throw new IllegalArgumentException("phone number must be +223 and 8 digits, got "
                    + PhoneNumbers.masked(number));
        }
        this.observer = observer;
        this.number = number;
        this.position = position;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** Marks the number as confirmed by its owner, or not. */
    public void markVerified(boolean confirmed) {
        this.verified = confirmed;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public boolean isVerified() {
        return verified;
    }

    public int getPosition() {
        return position;
    }
}
